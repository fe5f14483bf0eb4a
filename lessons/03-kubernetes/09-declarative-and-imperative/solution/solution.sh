kubectl create deployment scratch --image=nginx:1.27 --replicas=2
kubectl scale deployment scratch --replicas=1
kubectl set image deployment/scratch nginx=nginx:1.26
kubectl delete deployment scratch
kubectl apply -f k8s/
kubectl get deployments,services
kubectl apply -f k8s/
kubectl rollout status deployment/api
kubectl get deployment api -o wide
